package vn.loa.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.hostile.HostileBuild.assertNoStackTrace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.loa.build.OutputLock;
import vn.loa.build.TestSites;
import vn.loa.hostile.HostileBuild.Run;
import vn.loa.preview.StaticSiteServer;

/**
 * The preview server as a hostile web page (through the officer's browser) or a slow client meets it: raw
 * requests on 127.0.0.1 only, every read bounded by a timeout. Also: the preview and a build never share a folder.
 */
class PreviewHostileTest {
    @TempDir
    Path dir;

    private StaticSiteServer server;
    private Path site;

    @BeforeEach
    void serve() throws IOException {
        site = dir.resolve("preview");
        Files.createDirectories(site.resolve("ho-tro"));
        Files.writeString(site.resolve("index.html"), "<!doctype html><html><body><p>Bản nháp</p></body></html>");
        Files.writeString(site.resolve("ho-tro/index.html"), "<!doctype html><html><body><p>Hỗ trợ</p></body></html>");
        Files.writeString(site.resolve("404.html"), "<!doctype html><html><body><p>Không có trang</p></body></html>");
        Files.copy(TestSites.REPO.resolve("assets/_headers"), site.resolve("_headers"));
        Files.writeString(dir.resolve("bi-mat.txt"), "bí mật ngoài trang");
        server = new StaticSiteServer(site, 0, "", () -> null);
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void answersItsOwnAddressWithTheSitesSecurityHeaders() throws IOException {
        String response = request("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 200"), response);
        assertTrue(response.contains("Bản nháp"), response);
        assertTrue(response.contains("\r\nX-Content-Type-Options: nosniff\r\n"), response);
        assertTrue(response.contains("\r\nContent-Security-Policy: default-src 'self';"), response);
        assertTrue(response.contains("frame-ancestors 'none'"), response);
        assertTrue(response.contains("\r\nCache-Control: no-store\r\n"), response);
    }

    @Test
    void localhostNameIsAnsweredToo() throws IOException {
        assertTrue(request("GET /ho-tro/ HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\n\r\n").startsWith("HTTP/1.1 200"));
    }

    @Test
    void supportPagesSendNoReferrer() throws IOException {
        String response = request("GET /ho-tro/ HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\n\r\n");
        assertTrue(response.contains("\r\nReferrer-Policy: no-referrer\r\n"), response);
    }

    /** DNS rebinding: a hostile name resolving to 127.0.0.1 must not read drafts. */
    @ParameterizedTest(name = "Host: {0}")
    @ValueSource(strings = {"evil.example", "evil.example:PORT", "127.0.0.1", "127.0.0.1:1", "localhost.evil.example:PORT",
        "0.0.0.0:PORT", "[::1]:PORT"})
    void otherHostNamesAreRefused(String host) throws IOException {
        String response = request("GET / HTTP/1.1\r\nHost: " + host.replace("PORT", Integer.toString(server.port())) + "\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 421"), response);
        assertFalse(response.contains("Bản nháp"), response);
    }

    @Test
    void requestWithoutHostIsRefused() throws IOException {
        String response = request("GET / HTTP/1.0\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 421"), response);
    }

    @Test
    void twoHostHeadersAreRefused() throws IOException {
        String response = request("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nHost: evil.example\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 400"), response);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "CONNECT"})
    void onlyGetAndHead(String method) throws IOException {
        String response = request(method + " / HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nContent-Length: 0\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 405"), response);
        assertTrue(response.contains("\r\nAllow: GET, HEAD\r\n"), response);
    }

    @Test
    void headHasNoBody() throws IOException {
        String response = request("HEAD / HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 200"), response);
        assertTrue(response.endsWith("\r\n\r\n"), response);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/../bi-mat.txt", "/%2e%2e/bi-mat.txt", "/..%2fbi-mat.txt", "/%00", "/%zz"})
    void nothingOutsideTheSite(String path) throws IOException {
        String response = request("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n\r\n");
        assertFalse(response.contains("bí mật"), response);
        assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), response);
    }

    /** Twenty clients that never finish their request (slowloris) must not freeze the preview for the officer. */
    @Test
    void keepsServingUnderSlowClients() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
                s.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0".getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                slow.add(s);
            }
            long start = System.nanoTime();
            String response = request("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n\r\n");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(response.startsWith("HTTP/1.1 200"), response);
            assertTrue(millis < 2_000, "answered in " + millis + " ms");
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void slowRequestIsCutOff() throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(StaticSiteServer.REQUEST_MILLIS + 5_000);
            s.getOutputStream().write("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            int read;
            try {
                read = s.getInputStream().read();
            } catch (SocketTimeoutException e) {
                read = -2;
            } catch (IOException reset) {
                read = -1;
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(-1, read, "the server should close a connection whose request never ends");
            assertTrue(millis < StaticSiteServer.REQUEST_MILLIS + 3_000, "closed after " + millis + " ms");
        }
    }

    @Test
    void oversizedRequestHeadIsRefused() throws IOException {
        String response = request("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nX-Junk: " + "a".repeat(40_000) + "\r\n\r\n");
        assertTrue(response.isEmpty() || response.startsWith("HTTP/1.1 400"), response);
    }

    // ---- the preview and a build never share a folder -------------------------------------------------------------

    @Test
    @Timeout(120) // were the refusal missing, serve would run until stopped
    void previewRefusesAFolderABuildPublished() {
        Path source = HostileBuild.goodSite(dir.resolve("site"));
        Path out = dir.resolve("out");
        assertEquals(0, HostileBuild.build(source, out).exit());
        Run serve = HostileBuild.command("serve", "--source", source.toString(), "--output", out.toString(), "--port", "0");
        assertEquals(2, serve.exit(), serve::all);
        assertNoStackTrace(serve);
        assertTrue(serve.err().contains("chứa trang web đã dựng để đăng"), serve::all);
        assertTrue(serve.err().contains("target/preview"), serve::all);
    }

    @Test
    void buildRefusesTheFolderThePreviewHolds() throws IOException {
        Path source = HostileBuild.goodSite(dir.resolve("site"));
        Path out = dir.resolve("preview-out");
        try (OutputLock preview = OutputLock.acquire(out, OutputLock.Owner.PREVIEW, Duration.ZERO, null)) {
            Run build = HostileBuild.build(source, out, "--lock-wait", "0");
            assertEquals(2, build.exit(), build::all);
            assertNoStackTrace(build);
            assertTrue(build.err().contains("Bản xem trước (lệnh serve) đang dùng thư mục " + out), build::all);
            assertFalse(Files.exists(out));
        }
    }

    @Test
    @Timeout(120)
    void previewWaitsForNoBuild() throws IOException {
        Path source = HostileBuild.goodSite(dir.resolve("site"));
        Path out = dir.resolve("fresh-out");
        try (OutputLock build = OutputLock.acquire(out, OutputLock.Owner.BUILD, Duration.ZERO, null)) {
            Run serve = HostileBuild.command("serve", "--source", source.toString(), "--output", out.toString(), "--port", "0");
            assertEquals(2, serve.exit(), serve::all);
            assertNoStackTrace(serve);
            assertTrue(serve.err().contains("Một lần dựng khác đang ghi vào thư mục " + out), serve::all);
        }
    }

    /** Sends one request and reads the whole response (the server closes each connection). */
    private String request(String text) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException refusedEarly) {
                // the server may close an oversized request before reading it all
            }
            InputStream in = s.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0 && response.size() < 1 << 20; ) {
                    response.write(buffer, 0, n);
                }
            } catch (IOException reset) {
                // a refused request may end with a reset
            }
            return response.toString(StandardCharsets.UTF_8);
        }
    }
}
