package vn.loa.build;

import java.io.IOException;

/** A failure that is not a list of input problems, said in one Vietnamese sentence with what to do. */
public final class FailureText {
    private static final String RETRY_VERBOSE = "Nếu lỗi lặp lại, hãy chạy lại lệnh với --verbose và gửi toàn bộ kết quả"
        + " cho người quản trị kỹ thuật.";

    private FailureText() {
    }

    /** One Vietnamese sentence for a failure that is not a list of input problems. */
    public static String describe(Throwable e) {
        if (e instanceof OutputBusyException) {
            return e.getMessage();
        }
        if (e instanceof java.net.BindException) {
            return "cổng mạng đã có chương trình khác dùng (có thể là một bản xem trước khác): hãy dừng nó, hoặc chọn --port khác.";
        }
        IOException io = IoFailures.find(e);
        if (io != null) {
            return IoFailures.describe(io) + ".";
        }
        if (e instanceof StackOverflowError) {
            return "nội dung lồng nhau quá sâu (ví dụ trích dẫn trong trích dẫn hàng trăm tầng). Hãy tìm bài vừa sửa và"
                + " bớt các tầng lồng nhau. " + RETRY_VERBOSE;
        }
        if (e instanceof OutOfMemoryError) {
            return "máy không đủ bộ nhớ để dựng trang. Hãy đóng bớt chương trình khác rồi dựng lại. " + RETRY_VERBOSE;
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause(); // wrappers add only the wrapped exception's name to its message
        }
        String message = root.getMessage();
        boolean plain = message != null && !message.isBlank()
            && !message.matches("(?s).*\\b(java|javax|jdk|sun|org|com)\\.[\\w.$]+.*") && !message.contains("\tat ");
        return "lỗi ngoài dự kiến trong Loa" + (plain ? " (" + message.strip() + ")" : "") + ". " + RETRY_VERBOSE;
    }

}
