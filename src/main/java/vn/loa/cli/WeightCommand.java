package vn.loa.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code loa weight}: per-page weight table. */
@Command(name = "weight", description = "In bảng dung lượng từng trang (HTML + CSS + JS, đã nén gzip).")
public final class WeightCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("Chưa có.");
        return 1;
    }
}
