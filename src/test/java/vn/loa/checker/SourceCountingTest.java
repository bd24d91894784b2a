package vn.loa.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** G8 counts each named, quoted person once, with their own attribution. */
class SourceCountingTest {

    private static String counts(String body) {
        SourceMetrics m = Pages.check(Pages.generalPage("<p>" + body + "</p>")).metrics();
        return m.female() + "/" + m.male();
    }

    @Test
    void aWomanNamedAfterAManWithAnAppositionSharesTheVerb() {
        assertEquals("1/1", counts("Ông Nguyễn Văn An, Chủ tịch UBND xã, và chị Hồ Thị Cúc cho biết thôn đã có 200 hộ cam kết."));
        assertEquals("1/1", counts("Ông Lê Văn Tâm và bà Trần Thị Mai (Chủ tịch Hội LHPN huyện) cùng phát biểu tại hội nghị."));
        assertEquals("1/1", counts("Ông Lê Văn Tâm (Chủ tịch xã) và bà Trần Thị Mai cho hay sẽ mở lớp."));
    }

    @Test
    void aPersonInBracketsOrNamedAsARelativeDoesNotTakeTheVerb() {
        assertEquals("0/1", counts("Ông Trịnh Văn Khoa (chồng chị Lê Thị Hoa) cho biết gia đình đã đăng ký."));
        assertEquals("0/1", counts("Ông Trịnh Văn Khoa, chồng chị Lê Thị Hoa, cho biết gia đình đã đăng ký."));
    }

    @Test
    void speechVerbsAndTheo() {
        assertEquals("2/2", counts("Bà Lê Thị Hoa nhấn mạnh vai trò của hội. Anh Đỗ Minh Khôi cho hay đoàn sẽ tham gia. "
                + "Theo ông Phạm Văn Lộc, kinh phí đã đủ. Chị Lò Thị Mai trao đổi với PV về kế hoạch."));
    }

    @Test
    void eachPersonOnceThroughLaterMentions() {
        assertEquals("1/1", counts("Ông Trịnh Văn Khoa, Giám đốc Trung tâm, cho biết có 18 đội. Ông Khoa nhấn mạnh nội dung; "
                + "Khoa nói thêm về giải thưởng. Chị Lê Thị Hoa, người tạm lánh tại nhà chị gái. Chị kể: “Tôi đã được giúp.”"));
        assertEquals("1/0", counts("Bà Trần Thị Ng., mẹ em C., nói con bé rất sợ. Bà Ng. kể lại sự việc."));
    }
}
