package vn.loa.checker;

import java.util.List;

/** The ten indicator groups with their Vietnamese names, for reports. */
public final class Groups {
    public static final List<String> CODES = List.of("G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8", "G9", "G10");
    private static final List<String> NAMES = List.of(
            "Định kiến về vai trò, đặc điểm giới",
            "Từ ngữ miệt thị, hạ thấp",
            "Đánh dấu giới không cần thiết",
            "Ngoại hình, hôn nhân, tuổi tác không liên quan",
            "Đổ lỗi cho nạn nhân, giảm nhẹ bạo lực",
            "Lộ danh tính nạn nhân",
            "Thiếu thông tin dịch vụ hỗ trợ",
            "Cân bằng giới trong nguồn tin",
            "Hình ảnh và văn bản thay thế",
            "Tiêu đề giật gân về bạo lực");

    private Groups() {
    }

    public static String name(String code) {
        int i = CODES.indexOf(code);
        return i < 0 ? "Khác" : NAMES.get(i);
    }

    /** Sort key: G1 < G2 < ... < G10 < others. */
    static int order(String code) {
        int i = CODES.indexOf(code);
        return i < 0 ? CODES.size() : i;
    }
}
