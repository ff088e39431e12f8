package uk.youthjustice.library.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between the library and the shared PostgreSQL server, so that a test can
 * make the database disappear for the library alone: {@link #stop()} cuts every open
 * connection and answers each new one by closing it at once, which from the library's
 * side is what a stopped server looks like; {@link #start()} lets connections through
 * again. The real server, which other tests use, is never touched. (Toxiproxy would do
 * this, but its server is a Go binary that cannot be fetched here.)
 */
final class DatabaseProxy implements AutoCloseable {

	private final InetSocketAddress upstream;

	private final ServerSocket listener;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile boolean passing = true;

	private DatabaseProxy(InetSocketAddress upstream) throws IOException {
		this.upstream = upstream;
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "database-proxy");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/**
	 * A proxy to the server named by a JDBC URL ({@code jdbc:postgresql://host:port/db}).
	 */
	static DatabaseProxy to(String jdbcUrl) throws IOException {
		String hostPort = jdbcUrl.replaceFirst("^jdbc:postgresql://", "").replaceFirst("/.*$", "");
		String host = hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort;
		int port = hostPort.contains(":") ? Integer.parseInt(hostPort.substring(hostPort.indexOf(':') + 1)) : 5432;
		return new DatabaseProxy(new InetSocketAddress(host, port));
	}

	/** The JDBC URL through the proxy for a database on the upstream server. */
	String url(String jdbcUrl) {
		return jdbcUrl.replaceFirst("^jdbc:postgresql://[^/]+/",
				"jdbc:postgresql://127.0.0.1:" + this.listener.getLocalPort() + "/");
	}

	/** The database goes away: open connections are cut, new ones closed at once. */
	void stop() {
		this.passing = false;
		for (Socket socket : this.open) {
			closeQuietly(socket);
		}
		this.open.clear();
	}

	/** The database is back. */
	void start() {
		this.passing = true;
	}

	private void accept() {
		while (!this.listener.isClosed()) {
			Socket client;
			try {
				client = this.listener.accept();
			}
			catch (IOException ex) {
				return;
			}
			if (!this.passing) {
				closeQuietly(client);
				continue;
			}
			try {
				Socket server = new Socket(this.upstream.getAddress(), this.upstream.getPort());
				this.open.add(client);
				this.open.add(server);
				pump(client, server);
				pump(server, client);
			}
			catch (IOException ex) {
				closeQuietly(client);
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16384];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// Cut: the other direction ends too.
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.open.remove(from);
				this.open.remove(to);
			}
		}, "database-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Closing anyway.
		}
	}

	@Override
	public void close() {
		stop();
		try {
			this.listener.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
