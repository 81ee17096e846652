package com.oriflame.privacy.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.policy.Policies;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The support-desk example runs on H2 and prints the export in Russian and what an erasure kept. */
class SupportDeskTest {

  @Test
  @Tag("R25")
  @DisplayName("R25 support desk: an access export in Russian without the password, and an erasure that keeps the tax records")
  void supportDesk() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    SupportDesk.run(Policies.oriflameKyrgyzstan2017(), "jdbc:h2:mem:desk-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", out);
    String text = buf.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("Персональные данные о вас"), text);
    assertTrue(text.contains("Адрес электронной почты / e-mail: aigul@example.kg"), text);
    assertTrue(text.contains("Посылка не пришла"), text);
    assertFalse(text.contains("never-shown"), "the password was printed");
    assertTrue(text.contains("Удаление данных"), text);
    assertTrue(text.contains("Сохранено: История покупок — основание требование закона (налоги, учёт)"), text);
    assertTrue(text.contains("до 2030-01-31"), text);
    assertTrue(text.contains("Удалено: Сведения, предоставленные в конкурсах"), text);
    assertTrue(text.contains("complete: true, audit intact: true"), text);
  }

  @Test
  @Tag("R28")
  @DisplayName("R28 support desk: the erasure is refused until the identity is verified, then runs; both requests end completed")
  void requestsDriveTheWork() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    SupportDesk.run(Policies.oriflameKyrgyzstan2017(), "jdbc:h2:mem:desk-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", out);
    String text = buf.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("Not yet: RECEIVED"), text);
    assertTrue(text.contains("Access request: COMPLETED"), text);
    assertTrue(text.contains("Erasure request: COMPLETED (erasure done: "), text);
    assertTrue(text.contains("kept 1 categories (commerce.purchase-history))"), text);
  }

  @Test
  @DisplayName("the entry point runs")
  void main() {
    String out = QuickStartTest.capture(() -> SupportDesk.main(new String[0]));
    assertTrue(out.contains("Kept: [commerce.purchase-history]"), out);
  }
}
