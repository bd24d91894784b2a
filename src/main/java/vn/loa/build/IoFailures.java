package vn.loa.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Input/output failures said in Vietnamese for an officer: which file, what happened (the disk is full, no
 * permission, read-only disk...) and what to do, never a Java exception name.
 */
public final class IoFailures {
    private IoFailures() {
    }

    /** The first I/O failure in {@code error}'s causes, or null. */
    public static IOException find(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** "ổ đĩa đã đầy khi ghi /…/index.html: hãy giải phóng dung lượng rồi dựng lại", and the like. */
    public static String describe(IOException e) {
        String file = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : null;
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        String lower = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        String at = file == null ? "" : " " + file;
        if (lower.contains("no space left") || lower.contains("disk quota")) {
            return "ổ đĩa đã đầy khi ghi" + at + ": hãy giải phóng dung lượng (hoặc chọn thư mục đích trên ổ khác) rồi dựng lại";
        }
        if (lower.contains("read-only file system")) {
            return "ổ đĩa chứa" + at + " chỉ cho phép đọc: hãy chọn thư mục đích ghi được (--output) rồi dựng lại";
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied") || lower.contains("operation not permitted")) {
            return "không có quyền đọc hoặc ghi" + at + ": hãy cấp quyền cho tài khoản đang chạy Loa, hoặc chọn thư mục khác";
        }
        if (e instanceof NoSuchFileException) {
            return "không tìm thấy" + at + ": tệp hoặc thư mục đã bị xóa hay đổi tên trong lúc dựng; hãy dựng lại";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "thư mục" + at + " không trống: hãy xóa nó rồi dựng lại";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "đã có" + at + ": hãy xóa nó rồi dựng lại";
        }
        return "lỗi đọc/ghi tệp" + at + (reason == null || reason.isBlank() ? "" : " (" + reason + ")")
            + ": hãy kiểm tra ổ đĩa và quyền ghi rồi dựng lại";
    }

    /** An I/O failure while writing {@code file}, with the file named even when the system's error did not. */
    static UncheckedIOException writing(java.nio.file.Path file, IOException e) {
        IOException named = e instanceof FileSystemException fs && fs.getFile() != null ? e
            : (IOException) new FileSystemException(file.toString(), null, e.getMessage()).initCause(e);
        return new UncheckedIOException(named);
    }
}
