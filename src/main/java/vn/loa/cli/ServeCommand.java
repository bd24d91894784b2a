package vn.loa.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code loa serve}: preview on 127.0.0.1 with rebuild on change. */
@Command(name = "serve", description = "Xem trước trang web trên máy (127.0.0.1), tự dựng lại khi nội dung thay đổi.")
public final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("Chưa có.");
        return 1;
    }
}
