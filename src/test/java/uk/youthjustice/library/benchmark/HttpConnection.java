package uk.youthjustice.library.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * One keep-alive HTTP/1.1 connection on a plain socket, used by one thread at a time.
 * Deliberately minimal (GET only, no TLS) so that on a 2-core machine the load generator
 * takes as little CPU from the server as a client can. Reconnects when the server closes
 * the connection, as Tomcat does after 100 requests on one connection.
 */
final class HttpConnection implements Closeable {

	private static final int TIMEOUT_MILLIS = 30_000;

	private static final int MAX_LINE = 16_384;

	private final InetSocketAddress address;

	private Socket socket;

	private InputStream in;

	private OutputStream out;

	HttpConnection(String host, int port) {
		this.address = new InetSocketAddress(host, port);
	}

	/**
	 * The bytes of a GET request for a path, sent as a browser would: keep-alive and gzip
	 * accepted.
	 */
	static byte[] request(String host, int port, String path) {
		return ("GET " + path + " HTTP/1.1\r\n" + "Host: " + host + ":" + port + "\r\n"
				+ "Accept: text/html,application/xhtml+xml,*/*;q=0.8\r\n" + "Accept-Encoding: gzip\r\n"
				+ "Accept-Language: en-GB\r\n" + "User-Agent: library-benchmark\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	/** Opens the socket now, so that the first timed request does not pay for it. */
	void connect() throws IOException {
		if (this.socket == null) {
			Socket opened = new Socket();
			opened.setTcpNoDelay(true);
			opened.setSoTimeout(TIMEOUT_MILLIS);
			opened.connect(this.address, TIMEOUT_MILLIS);
			this.socket = opened;
			this.in = new BufferedInputStream(opened.getInputStream(), 65_536);
			this.out = opened.getOutputStream();
		}
	}

	/**
	 * Sends a request and reads the whole response.
	 * @param request bytes from {@link #request}
	 * @param keepBody whether to return headers and the (decompressed) body, or only
	 * count the bytes
	 * @return the response
	 * @throws IOException if the connection fails; it is closed and reopened on next use
	 */
	Response send(byte[] request, boolean keepBody) throws IOException {
		connect();
		try {
			this.out.write(request);
			this.out.flush();
			return read(keepBody);
		}
		catch (IOException | RuntimeException ex) {
			close();
			throw ex;
		}
	}

	private Response read(boolean keepBody) throws IOException {
		String statusLine = readLine();
		if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
			throw new IOException("Not an HTTP response: " + statusLine);
		}
		int status = Integer.parseInt(statusLine.substring(9, 12));
		Map<String, String> headers = new HashMap<>();
		boolean setsCookie = false;
		for (String line = readLine(); !line.isEmpty(); line = readLine()) {
			int colon = line.indexOf(':');
			String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
			String value = line.substring(colon + 1).trim();
			setsCookie |= name.equals("set-cookie");
			headers.merge(name, value, (a, b) -> a + ", " + b);
		}
		ByteArrayOutputStream body = keepBody ? new ByteArrayOutputStream() : null;
		long bodyBytes = readBody(status, headers, body);
		if ("close".equalsIgnoreCase(headers.get("connection"))) {
			close();
		}
		if (!keepBody) {
			return new Response(status, setsCookie, bodyBytes, Map.of(), null);
		}
		byte[] bytes = body.toByteArray();
		if ("gzip".equalsIgnoreCase(headers.get("content-encoding"))) {
			try (InputStream gunzip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
				bytes = gunzip.readAllBytes();
			}
		}
		return new Response(status, setsCookie, bodyBytes, headers, bytes);
	}

	private long readBody(int status, Map<String, String> headers, ByteArrayOutputStream body) throws IOException {
		if (status < 200 || status == 204 || status == 304) {
			return 0;
		}
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			long total = 0;
			while (true) {
				String sizeLine = readLine();
				int semicolon = sizeLine.indexOf(';');
				int size = Integer.parseInt((semicolon < 0) ? sizeLine.trim() : sizeLine.substring(0, semicolon).trim(),
						16);
				if (size == 0) {
					while (!readLine().isEmpty()) {
						// trailers, none expected
					}
					return total;
				}
				transfer(size, body);
				total += size;
				readLine();
			}
		}
		String length = headers.get("content-length");
		if (length != null) {
			long size = Long.parseLong(length);
			transfer(size, body);
			return size;
		}
		byte[] rest = this.in.readAllBytes();
		if (body != null) {
			body.write(rest);
		}
		headers.put("connection", "close");
		return rest.length;
	}

	private void transfer(long size, ByteArrayOutputStream body) throws IOException {
		if (body == null) {
			this.in.skipNBytes(size);
			return;
		}
		byte[] bytes = this.in.readNBytes((int) size);
		if (bytes.length < size) {
			throw new EOFException("Response body ended early");
		}
		body.write(bytes);
	}

	private String readLine() throws IOException {
		StringBuilder line = new StringBuilder(64);
		while (true) {
			int b = this.in.read();
			if (b < 0) {
				throw new EOFException("Connection closed by the server");
			}
			if (b == '\n') {
				int end = line.length();
				return (end > 0 && line.charAt(end - 1) == '\r') ? line.substring(0, end - 1) : line.toString();
			}
			if (line.length() >= MAX_LINE) {
				throw new IOException("Header line too long");
			}
			line.append((char) b);
		}
	}

	@Override
	public void close() {
		if (this.socket != null) {
			try {
				this.socket.close();
			}
			catch (IOException ex) {
				// closing a socket we no longer use: nothing to do
			}
			this.socket = null;
		}
	}

	/**
	 * A response: its status, whether it set a cookie, its size on the wire, and when
	 * asked for, its headers (lower-case names) and decompressed body.
	 */
	record Response(int status, boolean setsCookie, long bodyBytes, Map<String, String> headers, byte[] body) {

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

}
