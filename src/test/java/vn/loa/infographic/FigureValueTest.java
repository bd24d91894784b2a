package vn.loa.infographic;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureValueTest {

    @Test
    void readsVietnameseNumbers() throws Exception {
        FigureValue share = FigureValue.parse("62,9%");
        assertEquals(new BigDecimal("62.9"), share.value());
        assertTrue(share.percent());
        assertEquals("62,9%", share.display());
        assertEquals(new BigDecimal("1250"), FigureValue.parse("1.250").value());
        assertEquals(new BigDecimal("1250000.5"), FigureValue.parse("1.250.000,5").value());
        FigureValue qualified = FigureValue.parse(" Hơn 90% ");
        assertEquals("Hơn", qualified.qualifier());
        assertEquals("Hơn 90%", qualified.display());
        assertEquals(90.0, qualified.asDouble());
    }

    @Test
    void refusesWhatIsNotANumberInVietnamese() {
        FigureValue.NotANumber text = assertThrows(FigureValue.NotANumber.class, () -> FigureValue.parse("nhiều"));
        assertTrue(text.getMessage().contains("không phải là một số"), text.getMessage());
        FigureValue.NotANumber dot = assertThrows(FigureValue.NotANumber.class, () -> FigureValue.parse("62.9"));
        assertTrue(dot.getMessage().contains("dấu phẩy cho phần thập phân"), dot.getMessage());
        assertThrows(FigureValue.NotANumber.class, () -> FigureValue.parse(""));
        assertThrows(FigureValue.NotANumber.class, () -> FigureValue.parse("62,9%%"));
    }
}
