package uk.youthjustice.library.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (publishing, reading attached files, sweeps) run in the serving library
 * only, not while a {@link LibraryCommand} runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = LibraryCommands.COMMAND_LINE, havingValue = false, matchIfMissing = true)
@EnableScheduling
class SchedulingConfiguration {

}
