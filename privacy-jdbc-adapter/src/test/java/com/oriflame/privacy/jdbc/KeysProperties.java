package com.oriflame.privacy.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.testing.PrivacyArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple.Tuple2;

/**
 * The key-column encoding: reversible, injective, free of NUL (which PostgreSQL text cannot hold),
 * and at most twice as long as the id, so that the schema's key columns (600 characters for
 * 256-character subject and browser ids, 300 for 128-character event ids) hold every id.
 */
@Tag("hostile-ids")
class KeysProperties {

  @Provide
  Arbitrary<String> hostileTexts() {
    return PrivacyArbitraries.hostileStrings();
  }

  @Provide
  Arbitrary<Tuple2<String, String>> lookAlikes() {
    return PrivacyArbitraries.lookAlikePairs();
  }

  @Property(tries = 1000)
  @Label("decoding an encoded key gives the id back; the key holds no NUL and at most twice the characters")
  void roundTrip(@ForAll("hostileTexts") String id) {
    String key = Keys.encode(id);
    assertEquals(id, Keys.decode(key));
    assertFalse(key.indexOf('\0') >= 0, "a key holds NUL");
    assertTrue(key.length() <= 2 * id.length(), "a key is more than twice as long as its id");
  }

  @Property(tries = 1000)
  @Label("different ids have different keys")
  void injective(@ForAll("lookAlikes") Tuple2<String, String> ids) {
    assertNotEquals(Keys.encode(ids.get1()), Keys.encode(ids.get2()));
  }
}
