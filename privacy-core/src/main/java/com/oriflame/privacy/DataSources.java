package com.oriflame.privacy;

import com.oriflame.privacy.spi.PersonalDataSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The host systems that hold personal data, each a {@link PersonalDataSource} with a unique id:
 * the web shop, the consultant register, the support desk, a mailing tool. Requests are carried
 * out on every registered source, in the order registered. Immutable.
 *
 * <pre>{@code
 * DataSources sources = DataSources.of(webShop, consultantRegister, supportDesk);
 * PrivacyEngine engine = PrivacyEngine.builder().policy(policy).stores(stores).dataSources(sources).build();
 * }</pre>
 *
 * <p>Stability: experimental.
 */
public final class DataSources {
  /** The source part of the steps the library carries out on its own records (closing the account). */
  public static final String LEDGER = "privacy-ledger";

  private static final DataSources NONE = new DataSources(Map.of());

  private final Map<String, PersonalDataSource> sources;

  private DataSources(Map<String, PersonalDataSource> sources) {
    this.sources = sources;
  }

  /** @return no sources: exports then hold the ledger's records only, and erasure changes nothing outside the library */
  public static DataSources none() {
    return NONE;
  }

  /**
   * @param sources the sources, in the order requests visit them
   * @return the registry
   * @throws IllegalArgumentException if two sources share an id, an id is blank or contains
   *     {@code '/'}, or a source takes the reserved id {@value #LEDGER}
   */
  public static DataSources of(PersonalDataSource... sources) {
    return of(Arrays.asList(Objects.requireNonNull(sources, "sources must not be null")));
  }

  /**
   * @param sources the sources, in the order requests visit them
   * @return the registry
   * @throws IllegalArgumentException if two sources share an id, an id is blank or contains
   *     {@code '/'}, or a source takes the reserved id {@value #LEDGER}
   */
  public static DataSources of(List<? extends PersonalDataSource> sources) {
    Objects.requireNonNull(sources, "sources must not be null");
    Map<String, PersonalDataSource> map = new LinkedHashMap<>();
    for (PersonalDataSource s : sources) {
      Objects.requireNonNull(s, "a source is null");
      String id = Objects.requireNonNull(s.id(), "a source's id() is null");
      if (id.isBlank() || id.indexOf('/') >= 0 || id.length() > 200) {
        throw new IllegalArgumentException("source id '" + id + "' must be 1 to 200 characters, not blank and free of '/'");
      }
      if (id.equals(LEDGER)) {
        throw new IllegalArgumentException("source id '" + LEDGER + "' is reserved for the library's own records; rename the source");
      }
      if (map.putIfAbsent(id, s) != null) {
        throw new IllegalArgumentException("two sources have the id '" + id + "'; each source needs a unique id");
      }
    }
    return new DataSources(Collections.unmodifiableMap(map));
  }

  /**
   * @param source another source
   * @return these sources and {@code source} after them
   * @throws IllegalArgumentException as {@link #of(List)}
   */
  public DataSources with(PersonalDataSource source) {
    List<PersonalDataSource> all = new ArrayList<>(sources.values());
    all.add(source);
    return of(all);
  }

  /** @return the sources in the order registered */
  public List<PersonalDataSource> list() {
    return List.copyOf(sources.values());
  }

  /** @return the sources' ids in the order registered */
  public Set<String> ids() {
    return sources.keySet();
  }

  /**
   * @param id a source id
   * @return the source with that id
   */
  public Optional<PersonalDataSource> find(String id) {
    return Optional.ofNullable(sources.get(id));
  }

  /** @return whether no source is registered */
  public boolean isEmpty() {
    return sources.isEmpty();
  }

  @Override
  public String toString() {
    return "DataSources" + sources.keySet();
  }
}
