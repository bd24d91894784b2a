package vn.loa.content;

import java.util.LinkedHashMap;
import java.util.Map;

/** Asciidoctor's most common warnings, said in Vietnamese with what to do; anything else is passed on as is. */
public final class AsciidocMessages {
    private static final Map<String, String> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("unterminated table block", "Bảng chưa được đóng: thêm một dòng |=== ở cuối bảng.");
        KNOWN.put("unterminated example block", "Khối ví dụ chưa được đóng: thêm dòng ==== ở cuối khối.");
        KNOWN.put("unterminated listing block", "Khối mã chưa được đóng: thêm dòng ---- ở cuối khối.");
        KNOWN.put("unterminated quote block", "Khối trích dẫn chưa được đóng: thêm dòng ____ ở cuối khối.");
        KNOWN.put("unterminated sidebar block", "Khối bên lề chưa được đóng: thêm dòng **** ở cuối khối.");
        KNOWN.put("unterminated pass block", "Khối HTML chưa được đóng: thêm dòng ++++ ở cuối khối.");
        KNOWN.put("section title out of sequence", "Tiêu đề mục nhảy cấp (ví dụ từ == sang ====). Hãy dùng cấp liền nhau: == rồi ===.");
        KNOWN.put("dropping cells from incomplete row", "Một hàng trong bảng thiếu ô so với số cột. Hãy thêm ô còn thiếu hoặc sửa số cột.");
        KNOWN.put("image to embed not found", "Không tìm thấy ảnh. Hãy kiểm tra đường dẫn ảnh.");
        KNOWN.put("invalid reference", "Liên kết nội bộ (<<…>>) trỏ tới một mục không có. Hãy kiểm tra tên mục.");
        KNOWN.put("list item index", "Số thứ tự trong danh sách không liên tục. Hãy đánh số lại hoặc dùng dấu . ở đầu mỗi mục.");
    }

    private AsciidocMessages() {
    }

    public static String explain(String message) {
        for (Map.Entry<String, String> known : KNOWN.entrySet()) {
            if (message.contains(known.getKey())) {
                return known.getValue();
            }
        }
        return "AsciiDoc báo: " + message;
    }
}
