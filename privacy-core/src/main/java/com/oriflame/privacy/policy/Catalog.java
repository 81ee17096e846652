package com.oriflame.privacy.policy;

import com.oriflame.privacy.UnknownIdException;
import com.oriflame.privacy.internal.Suggestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The elements of one kind that a policy defines (its purposes, its data categories, ...), in the
 * order the policy gives them, with lookups by id. Every kind answers the same way:
 *
 * <pre>{@code
 * Purpose sms = policy.purposes().get("marketing.similar-goods.sms"); // or policy.purpose(...)
 * Optional<Purpose> maybe = policy.purposes().find(PurposeId.of("marketing.sms")); // empty
 * policy.purposes().get("marketing.sms");
 * // UnknownIdException: Unknown purpose 'marketing.sms'; did you mean 'marketing.similar-goods.sms'?
 * }</pre>
 *
 * <p>{@code get} fails fast on an id the policy does not define, naming the closest ids it does
 * define; {@code find} never throws. A policy that fails the linter may define an id twice ({@link
 * LintCode#DUPLICATE_ID}): {@link #list()} then shows every definition and lookups answer the
 * first. Immutable and thread-safe.
 *
 * <p>Stability: stable.
 *
 * @param <K> the id type, e.g. {@link PurposeId}
 * @param <V> the element type, e.g. {@link Purpose}
 */
public final class Catalog<K, V> implements Iterable<V> {
  private final String kind;
  private final List<V> elements;
  private final Map<K, V> byId;
  private final Function<String, ? extends K> parse;
  private final Function<? super K, String> text;

  private Catalog(
      String kind,
      List<V> elements,
      Function<? super V, ? extends K> key,
      Function<String, ? extends K> parse,
      Function<? super K, String> text) {
    this.kind = kind;
    this.elements = List.copyOf(elements);
    Map<K, V> map = new LinkedHashMap<>();
    for (V element : this.elements) {
      map.putIfAbsent(key.apply(element), element); // first definition wins
    }
    this.byId = Collections.unmodifiableMap(map);
    this.parse = parse;
    this.text = text;
  }

  /**
   * @param kind what an element is called in messages, e.g. {@code "purpose"}
   * @param elements the elements in policy order
   * @param key an element's id
   * @param parse an id from its text; throws {@link IllegalArgumentException} naming the kind and
   *     the value when the text is malformed
   * @param text an id's text, as written in policy files
   */
  static <K, V> Catalog<K, V> of(
      String kind,
      List<V> elements,
      Function<? super V, ? extends K> key,
      Function<String, ? extends K> parse,
      Function<? super K, String> text) {
    return new Catalog<>(kind, elements, key, parse, text);
  }

  /** A catalog of elements whose ids are {@link ElementId}s. */
  static <K extends ElementId, V> Catalog<K, V> ofIds(
      String kind, List<V> elements, Function<? super V, ? extends K> key, Function<String, ? extends K> parse) {
    return new Catalog<>(kind, elements, key, parse, ElementId::value);
  }

  /** @return what an element of this catalog is called in messages, e.g. {@code "purpose"} */
  public String kind() {
    return kind;
  }

  /**
   * @param id an id
   * @return the element with that id
   * @throws UnknownIdException if the policy defines no such element; the message names the kind
   *     and the closest ids the policy does define
   * @throws IllegalArgumentException if {@code id} is {@code null}
   */
  public V get(K id) {
    if (id == null) {
      throw new IllegalArgumentException(kind + " id is missing (null)");
    }
    V element = byId.get(id);
    if (element == null) {
      throw unknown(text.apply(id));
    }
    return element;
  }

  /**
   * @param id an id as written in policy files, e.g. {@code "marketing.similar-goods.sms"}
   * @return the element with that id
   * @throws UnknownIdException if the policy defines no such element; the message names the kind
   *     and the closest ids the policy does define
   * @throws IllegalArgumentException if {@code id} is {@code null} or not a well-formed id; the
   *     message names the kind and the value
   */
  public V get(String id) {
    return get(parse(id));
  }

  /**
   * @param id an id
   * @return the element with that id, or empty if the policy defines none ({@code null} included)
   */
  public Optional<V> find(K id) {
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  /**
   * @param id an id as written in policy files
   * @return the element with that id, or empty if the policy defines none or {@code id} is not a
   *     well-formed id; never throws
   */
  public Optional<V> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    K key;
    try {
      key = parse.apply(id);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return find(key);
  }

  /**
   * @param id an id
   * @return whether the policy defines an element with that id
   */
  public boolean contains(K id) {
    return id != null && byId.containsKey(id);
  }

  /** @return every element, in policy order */
  public List<V> list() {
    return elements;
  }

  /** @return the ids, in policy order, each once */
  public Set<K> ids() {
    return byId.keySet();
  }

  /** @return the number of elements ({@code list().size()}) */
  public int size() {
    return elements.size();
  }

  /** @return whether the policy defines no element of this kind */
  public boolean isEmpty() {
    return elements.isEmpty();
  }

  /** @return the elements, in policy order */
  public Stream<V> stream() {
    return elements.stream();
  }

  /** @return an iterator over the elements, in policy order; it cannot remove */
  @Override
  public Iterator<V> iterator() {
    return elements.iterator();
  }

  private K parse(String id) {
    if (id == null) {
      throw new IllegalArgumentException(kind + " id is missing (null)");
    }
    return parse.apply(id);
  }

  private UnknownIdException unknown(String id) {
    List<String> known = new ArrayList<>(byId.size());
    for (K k : byId.keySet()) {
      known.add(text.apply(k));
    }
    return new UnknownIdException(kind, id, Suggestions.closest(id, known));
  }

  /** Two catalogs are equal when they hold the same kind of elements, equal and in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Catalog<?, ?> c && kind.equals(c.kind) && elements.equals(c.elements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, elements);
  }

  /** @return the kind and the number of elements, e.g. {@code Catalog[purpose: 26]} */
  @Override
  public String toString() {
    return "Catalog[" + kind + ": " + elements.size() + "]";
  }
}
