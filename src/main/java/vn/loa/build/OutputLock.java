package vn.loa.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * One bake (or one preview) at a time per output folder: an operating-system lock on a file beside the output
 * ({@code public.loa-lock}, never inside the published site). The lock dies with its process, so a killed build
 * never blocks the next one. The file also says who used the folder last, so the preview, which shows drafts,
 * refuses a folder a published build wrote.
 */
public final class OutputLock implements AutoCloseable {
    /** Who holds the lock: a published build or the preview. */
    public enum Owner {
        BUILD("build"), PREVIEW("preview");

        private final String word;

        Owner(String word) {
            this.word = word;
        }
    }

    /** Locked past any content, so the owner's line stays readable on every system. */
    private static final long REGION = Long.MAX_VALUE - 1;
    private static final long POLL_MILLIS = 200;

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static Path fileFor(Path output) {
        return output.resolveSibling(output.getFileName() + ".loa-lock");
    }

    /**
     * Takes the lock, waiting at most {@code wait} for another bake to finish.
     *
     * @throws OutputBusyException when it is still held after {@code wait}, or the preview must not use the folder
     */
    public static OutputLock acquire(Path output, Owner owner, Duration wait, Runnable onWait) throws IOException {
        Path file = fileFor(output);
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            long deadline = System.nanoTime() + wait.toNanos();
            boolean waited = false;
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    OutputLock held = new OutputLock(channel, lock);
                    held.claimFor(owner, output);
                    return held;
                }
                if (System.nanoTime() >= deadline) {
                    throw new OutputBusyException(busyMessage(output, lastOwner(channel), wait));
                }
                if (!waited && onWait != null) {
                    onWait.run();
                }
                waited = true;
                sleep();
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock(REGION, 1, false);
        } catch (OverlappingFileLockException sameProcess) {
            return null; // another bake in this process holds it
        }
    }

    /** The preview never writes where a published build did: drafts would go out with the next upload. */
    private void claimFor(Owner owner, Path output) throws IOException {
        String last = lastOwner(channel);
        // A folder built before lock files existed is known by the build's cache beside it.
        boolean builtForPublishing = Owner.BUILD.word.equals(last)
            || last.isEmpty() && Files.isDirectory(BuildOptions.defaultCacheDir(output));
        if (owner == Owner.PREVIEW && builtForPublishing) {
            close();
            throw new OutputBusyException("Thư mục " + output + " chứa trang web đã dựng để đăng (bằng lệnh build). "
                + "Bản xem trước có cả bài nháp nên không được ghi vào đó: hãy bỏ --output để dùng target/preview, "
                + "hoặc chọn một thư mục khác.");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((owner.word + " " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    private static String lastOwner(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    private static String busyMessage(Path output, String owner, Duration wait) {
        String who = Owner.PREVIEW.word.equals(owner) ? "Bản xem trước (lệnh serve) đang dùng" : "Một lần dựng khác đang ghi vào";
        return who + " thư mục " + output + (wait.isZero() ? "" : " (đã chờ " + wait.toSeconds() + " giây)")
            + ". Hãy đợi lần đó xong (hoặc dừng bản xem trước) rồi dựng lại.";
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutputBusyException("Lần dựng bị dừng khi đang chờ thư mục đích.");
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }
}
