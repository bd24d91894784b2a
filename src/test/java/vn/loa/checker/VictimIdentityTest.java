package vn.loa.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** G6 from the structure of the text: who is named, in what role, with which details. */
class VictimIdentityTest {

    private static List<String> g6(String body) {
        PageResult r = Pages.check(Pages.violencePage("<p>" + body + "</p>"));
        return r.findings().stream().filter(f -> f.group().equals("G6")).map(f -> f.rule() + ":" + f.severity()).toList();
    }

    @Test
    void aVictimNamedASentenceAfterTheHarmIsFound() {
        assertEquals(List.of("G6-ten-nan-nhan:ERROR"), g6("Một phụ nữ bị chồng đánh nhập viện. Chị Nguyễn Thị Hoa "
                + "(SN 1973, ngụ thôn Bàu Sen) đang được điều trị."));
    }

    @Test
    void aVictimWhoSpeaksIsStillAVictim() {
        assertEquals(List.of("G6-ten-nan-nhan:ERROR"), g6("Chị Lê Thị Mơ kể, suốt mười năm chị bị chồng đánh đập."));
    }

    @Test
    void officialsAndWitnessesAreNotVictims() {
        assertEquals(List.of(), g6("Bà Nguyễn Thị Lan (SN 1965, trú thôn Đông), Chủ tịch Hội LHPN xã, cho biết nạn nhân "
                + "bị chồng đánh nhiều lần."));
        assertEquals(List.of(), g6("Theo chị Trần Thị Mai, hàng xóm, nạn nhân bị chồng đánh đập suốt đêm."));
    }

    @Test
    void aRelativeNamedInFullIdentifiesTheVictim() {
        assertEquals(List.of("G6-ten-nguoi-than:ERROR"), g6("Nguyễn Văn Toàn (SN 1980) bị bắt vì đánh vợ gây thương tích."));
        assertEquals(List.of("G6-ten-nguoi-than:ERROR"), g6("Chị H. bị đánh nhiều lần; chồng là Dương Văn Tuấn."));
        assertEquals(List.of("G6-ten-nguoi-than:ERROR"), g6("Bà Phạm Thị Ngọc Hân, mẹ của cháu H., đã tố cáo đối tượng."));
    }

    @Test
    void initialsNeedSeveralDetailsAndAChildRuleNeedsAChild() {
        assertEquals(List.of("G6-viet-tat-kem-dinh-danh:WARNING"), g6("Chị N.T.H. (SN 1990, trú thôn 4, xã Phong Thu) bị "
                + "chồng đánh đập."));
        assertEquals(List.of(), g6("Chị H. (ngoài 30 tuổi) bị chồng đánh đập."));
        assertEquals(List.of("G6-tre-em-dinh-danh:ERROR"), g6("Em T.T.N. (12 tuổi, trú thôn Hạ Long) bị một người hàng xóm "
                + "xâm hại."));
    }

    @Test
    void placesNamedAfterPeopleAreNotPeople() {
        assertEquals(List.of(), g6("Một phụ nữ bị chồng đánh ở đường Lê Lợi, gần Trường THCS Trần Phú."));
    }
}
