package vn.loa.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.loa.checker.Pages.check;
import static vn.loa.checker.Pages.generalPage;
import static vn.loa.checker.Pages.groups;
import static vn.loa.checker.Pages.page;
import static vn.loa.checker.Pages.violencePage;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Kinds of false positive seen on unseen text, each next to a true positive it must not lose. */
class PrecisionCasesTest {

    private static List<String> found(String html) {
        return groups(check(html), Severity.WARNING);
    }

    private static String violenceHeadline(String headline) {
        return page(headline, "<p>Bài viết thuộc chuyên mục phòng, chống bạo lực gia đình và xâm hại trẻ em.</p>" + Pages.SUPPORT);
    }

    @Test
    void g6NeedsOneHarmedChildNotAProgrammeInAPlace() {
        assertEquals(List.of(), found(violenceHeadline("Phòng chống xâm hại trẻ em ở phường Trường Thi: kinh nghiệm hay")));
        assertEquals(List.of(), found(violenceHeadline("Phòng chống xâm hại trẻ em ở bản Sín Chải: những con số biết nói")));
        assertEquals(List.of(), found(violencePage("<p>Đoàn đã tặng quà các em học sinh ở thôn Khe Tre và nói chuyện về "
                + "phòng chống xâm hại trẻ em.</p>")));
        assertEquals(List.of(), found(violencePage("<p>Tại Trường THCS Lê Lợi, hơn 500 học sinh học kỹ năng phòng tránh "
                + "xâm hại.</p>")));
        assertEquals(List.of("G6"), found(violenceHeadline("Bé gái 7 tuổi ở thôn Phước Yên bị hàng xóm xâm hại")));
        assertEquals(List.of("G6"), found(violencePage("<p>Một học sinh lớp 6A Trường THCS Lê Lợi bị bạn cùng lớp "
                + "đánh hội đồng.</p>")));
    }

    @Test
    void g6WardNamedLikeASchoolIsAPlace() {
        assertEquals(List.of(), found(violencePage("<p>Một bé gái ở phường Trường Thi bị xâm hại; cơ quan công an đang "
                + "điều tra.</p>")));
    }

    @Test
    void g4MaritalStatusOnlyForAnIndividualAndNotForEveryDu() {
        assertEquals(List.of(), found(generalPage("<p>Dù còn nhiều khó khăn, xã vẫn hoàn thành kế hoạch.</p>"
                + "<p>Dù đã có nhiều chính sách, số phụ nữ được vay vốn vẫn thấp.</p>"
                + "<p>Mọi người, dù là nam hay nữ, đều có quyền ứng cử.</p>")));
        assertEquals(List.of(), found(generalPage("<p>Các bà mẹ đơn thân trong thôn cùng nhau thảo luận về vốn vay.</p>")));
        assertEquals(List.of("G4"), found(generalPage("<p>Chị Lan dù đã ngoài 40 tuổi vẫn chưa lập gia đình.</p>")));
        assertEquals(List.of("G4"), found(generalPage("<p>Chị Lan, bà mẹ đơn thân, là tổ trưởng tổ sản xuất.</p>")));
    }

    @Test
    void g4RoundsAndDeadlinesAreNotBodyMeasurements() {
        assertEquals(List.of(), found(generalPage("<p>Chúng tôi sẽ phản hồi trong vòng ba ngày làm việc.</p>"
                + "<p>Đội văn nghệ của xã lọt vào vòng 3 của hội diễn.</p>")));
        assertEquals(List.of("G4"), found(generalPage("<p>Người mẫu có số đo ba vòng chuẩn đã đến dự.</p>")));
    }

    @Test
    void g4TalkAboutAppearanceRemarksIsNotARemark() {
        assertEquals(List.of(), found(generalPage("<p>Trang tin không đăng lời nhận xét về nhan sắc của nhân vật.</p>")));
    }

    @Test
    void g3NotForTagsCategoriesOrSeveralBodies() {
        assertEquals(List.of(), found(page("Chủ đề: lãnh đạo nữ", "<p>Các bài viết về phụ nữ tham gia lãnh đạo.</p>")));
        assertEquals(List.of(), found(generalPage("<p>Bà Hạnh nhấn mạnh vai trò của nữ lãnh đạo ở cơ sở.</p>")));
        assertEquals(List.of(), found(generalPage("<p>Hội thảo có 120 đại biểu là nữ lãnh đạo các sở, ngành.</p>")));
        assertEquals(List.of("G3"), found(generalPage("<p>Chủ tịch xã, một nữ lãnh đạo trẻ, đã xuống đồng cùng bà con.</p>")));
    }

    @Test
    void g3NotAcrossAComma() {
        assertEquals(List.of(), found(generalPage("<p>Có nhóm xếp điều dưỡng vào cột nữ, kỹ sư vào cột nam.</p>")));
    }

    @Test
    void g10HotlineIsNotSensational() {
        assertEquals(List.of(), found(violenceHeadline("Đường dây nóng hỗ trợ ở xã Bình Minh: kinh nghiệm hay")));
        assertEquals(List.of("G10"), found(violenceHeadline("Nóng: chồng đánh vợ trọng thương ở xã Bình Minh")));
    }
}
