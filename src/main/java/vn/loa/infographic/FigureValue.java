package vn.loa.infographic;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as an officer writes it in a table cell, the Vietnamese way: a comma before decimals and
 * dots between thousands ("62,9", "1.250", "Hơn 90%"). An optional qualifier word before the number
 * ("Hơn", "Khoảng") is kept, because "more than 90%" is not "90%".
 *
 * @param qualifier words before the number, or "" ("Hơn")
 * @param number    the number as written, already in Vietnamese form ("62,9")
 * @param percent   whether the cell ends with %
 * @param value     the number's value, for scales and sums
 */
public record FigureValue(String qualifier, String number, boolean percent, BigDecimal value) {
    private static final Pattern CELL = Pattern.compile("^([\\p{L}][\\p{L} ]*?)?\\s*([0-9][0-9.,]*)\\s*(%?)$");
    private static final Pattern GROUPED = Pattern.compile("^\\d{1,3}(\\.\\d{3})+(,\\d+)?$");
    private static final Pattern PLAIN = Pattern.compile("^\\d+(,\\d+)?$");

    /** Why a cell is not a number, already in Vietnamese, ready for a build message. */
    public static final class NotANumber extends Exception {
        public NotANumber(String message) {
            super(message);
        }
    }

    public static FigureValue parse(String cell) throws NotANumber {
        String text = cell == null ? "" : cell.strip().replace('\u00a0', ' ');
        Matcher m = CELL.matcher(text);
        if (text.isEmpty() || !m.matches()) {
            throw new NotANumber("Giá trị \"" + text + "\" không phải là một số. Hãy viết một số, ví dụ 62,9 hoặc 62,9% "
                + "(có thể thêm một từ phía trước như \"Hơn 90%\").");
        }
        String number = m.group(2);
        if (!GROUPED.matcher(number).matches() && !PLAIN.matcher(number).matches()) {
            throw new NotANumber("Số \"" + number + "\" viết chưa đúng kiểu Việt Nam. Hãy dùng dấu phẩy cho phần thập phân "
                + "(62,9) và dấu chấm để ngăn hàng nghìn (1.250); ví dụ \"62.9\" cần viết là \"62,9\".");
        }
        BigDecimal value = new BigDecimal(number.replace(".", "").replace(',', '.'));
        String qualifier = m.group(1) == null ? "" : m.group(1).strip();
        return new FigureValue(qualifier, number, !m.group(3).isEmpty(), value);
    }

    /** What pages, charts and tables show: the same text everywhere ("Hơn 90%"). */
    public String display() {
        return (qualifier.isEmpty() ? "" : qualifier + " ") + number + (percent ? "%" : "");
    }

    public double asDouble() {
        return value.doubleValue();
    }
}
