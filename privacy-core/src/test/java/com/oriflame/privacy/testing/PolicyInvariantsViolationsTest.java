package com.oriflame.privacy.testing;

import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.EventKind;
import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.CookieDecision;
import com.oriflame.privacy.decision.Decision;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.CookieCategory;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.CookieKind;
import com.oriflame.privacy.policy.DataForm;
import com.oriflame.privacy.policy.Objection;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PolicyLinter;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.testing.InvariantReport.Result;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Group;
import net.jqwik.api.Tag;

/**
 * The kit proves that each invariant can fail: for each, an engine broken on purpose (or a policy
 * with a gap the linter lets through) makes {@link PolicyInvariants} report exactly that invariant,
 * with a shrunk counterexample of one request and at most a few events; every other invariant
 * holds. Each group runs all eight invariants against its broken variant (the broken one stops at
 * its first violation, usually within a few tries).
 */
class PolicyInvariantsViolationsTest {
  static final Policy POLICY = Policies.oriflameKyrgyzstan2017();

  /** A broken variant of the bundled policy's engine; {@link #broken()} names the one invariant it must violate. */
  abstract static class Broken extends PolicyInvariants {
    abstract Invariant broken();

    /** How the engine is broken; by default not at all. */
    EngineUnderTest breaking(EngineUnderTest engine) {
      return engine;
    }

    @Override
    protected Policy policy() {
      return POLICY;
    }

    @Override
    protected EngineUnderTest engine(Policy policy, Clock clock) {
      return breaking(super.engine(policy, clock));
    }

    @Override
    protected Set<Invariant> expectedViolations() {
      return Set.of(broken());
    }

    /** The broken invariant gets tries enough to find its violation every time; the others enough to show they hold. */
    @Override
    int tries(Invariant invariant) {
      return invariant == broken() ? 300 : 50;
    }

    @Override
    protected void reported(InvariantReport report) {
      if (!report.violated().equals(List.of(broken())) || report.results().size() != Invariant.values().length) {
        throw new AssertionError("expected exactly " + broken().id() + " to be violated, of all eight:\n" + report);
      }
      Result result = report.result(broken()).orElseThrow();
      Scenario shrunk = result.scenario().orElseThrow(() -> new AssertionError("no shrunk counterexample:\n" + report));
      // Scenarios are flat-mapped (a request's instant is drawn around the subject's events), so jqwik's
      // shrinking can stop in a local minimum that keeps a few events the request was drawn from: on
      // about one seed in six the minors scenario kept five events and one request (size 6, seen on
      // main before and after the change feed). Seven still rules out an unshrunk sample (up to six
      // events and three requests) while no longer failing on those seeds.
      if (shrunk.requests().size() + shrunk.cookieHolders().size() > 2 || shrunk.size() > 7) {
        throw new AssertionError("the counterexample of " + broken().id() + " did not shrink to a few events and one probe:\n"
            + report);
      }
      if (!result.message().orElse("").startsWith(broken().toString() + " violated")) {
        throw new AssertionError("the message does not name " + broken().id() + ":\n" + report);
      }
    }
  }

  @Group
  @Tag("R7")
  class WithdrawalsIgnored extends Broken {
    @Override
    Invariant broken() {
      return Invariant.WITHDRAWAL_WINS;
    }

    @Override
    EngineUnderTest breaking(EngineUnderTest engine) {
      return new ForwardingEngine(engine) {
        @Override
        public void append(ConsentEvent event) {
          if (event.kind() != EventKind.CONSENT_WITHDRAWN) {
            super.append(event);
          }
        }
      };
    }
  }

  @Group
  @Tag("R10")
  class ObjectionsIgnored extends Broken {
    @Override
    Invariant broken() {
      return Invariant.OBJECTIONS_BLOCK_MARKETING;
    }

    @Override
    EngineUnderTest breaking(EngineUnderTest engine) {
      return new ForwardingEngine(engine) {
        @Override
        public void append(ConsentEvent event) {
          if (event.kind() != EventKind.OBJECTION_RAISED) {
            super.append(event);
          }
        }
      };
    }
  }

  /** A policy that lints clean, but whose marketing objection leaves out recommendations (given to a recipient-scoped objection). */
  @Group
  @Tag("R10")
  class MarketingObjectionWithAGap extends Broken {
    @Override
    Invariant broken() {
      return Invariant.OBJECTIONS_BLOCK_MARKETING;
    }

    @Override
    protected Policy policy() {
      PurposeId recommendations = PurposeId.of("marketing.recommendations");
      List<Objection> objections = new ArrayList<>();
      for (Objection o : POLICY.objections()) {
        Set<PurposeId> purposes = new LinkedHashSet<>(o.purposes());
        if (o.recipients().isEmpty()) {
          purposes.remove(recommendations);
        } else {
          purposes.add(recommendations);
        }
        objections.add(new Objection(o.id(), o.labels(), o.clauses(), o.channels(), purposes, o.recipients()));
      }
      Policy gap = POLICY.toBuilder().objections(objections).build();
      if (PolicyLinter.lint(gap).hasErrors()) {
        throw new AssertionError("the gap must pass the linter to show what only the invariant finds");
      }
      return gap;
    }
  }

  @Group
  @Tag("E2")
  class ForeignCategoriesDropped extends Broken {
    @Override
    Invariant broken() {
      return Invariant.FOREIGN_CATEGORIES_DENIED;
    }

    @Override
    EngineUnderTest breaking(EngineUnderTest engine) {
      return new ForwardingEngine(engine) {
        Request narrowed(Request r) {
          Purpose p = POLICY.purpose(r.purpose());
          Set<CategoryId> own = new LinkedHashSet<>(r.categories());
          own.removeIf(c -> !p.allows(c));
          return own.isEmpty() ? r : RequestArbitraries.withCategories(r, own);
        }

        @Override
        public Decision check(Request request) {
          return super.check(narrowed(request));
        }

        @Override
        public Set<SubjectId> filter(Collection<SubjectId> subjects, Request template) {
          return super.filter(subjects, narrowed(template));
        }
      };
    }
  }

  @Group
  @Tag("R32")
  class EssentialCookiesTreatedLikeOthers extends Broken {
    @Override
    Invariant broken() {
      return Invariant.ESSENTIAL_COOKIES_ALLOWED;
    }

    @Override
    EngineUnderTest breaking(EngineUnderTest engine) {
      CookieCategoryId performance = POLICY.cookieCategories().stream().filter(c -> c.kind() == CookieKind.PERFORMANCE)
          .map(CookieCategory::id).findFirst().orElseThrow();
      return new ForwardingEngine(engine) {
        @Override
        public CookieDecision checkCookies(Holder holder, CookieCategoryId category) {
          boolean essential = POLICY.cookieCategory(category).kind() == CookieKind.ESSENTIAL;
          return super.checkCookies(holder, essential ? performance : category);
        }
      };
    }
  }

  @Group
  @Tag("R13")
  class AdvertisingFormIgnored extends Broken {
    @Override
    Invariant broken() {
      return Invariant.ADVERTISING_AGGREGATES_ONLY;
    }

    @Override
    EngineUnderTest breaking(EngineUnderTest engine) {
      return new ForwardingEngine(engine) {
        @Override
        public Decision check(Request request) {
          return super.check(request.withDataForm(DataForm.AGGREGATE_ONLY));
        }

        @Override
        public Set<SubjectId> filter(Collection<SubjectId> subjects, Request template) {
          return super.filter(subjects, template.withDataForm(DataForm.AGGREGATE_ONLY));
        }
      };
    }
  }

  /** An engine that reads birth dates wrong: every minor is taken for an adult. */
  @Group
  @Tag("R5")
  class MinorsTakenForAdults extends Broken {
    @Override
    Invariant broken() {
      return Invariant.MINORS_NEED_GUARDIAN;
    }

    @Override
    EngineUnderTest breaking(EngineUnderTest engine) {
      int majority = POLICY.minors().majorityAge();
      return new ForwardingEngine(engine) {
        @Override
        public void save(SubjectProfile profile, Instant validFrom) {
          super.save(profile.birthDate().isEmpty() ? profile
              : profile.toBuilder().birthDate(profile.birthDate().get().minusYears(majority)).build(), validFrom);
        }
      };
    }
  }

  /** A filter that decides for now instead of the template's instant. */
  @Group
  class FilterDecidesForNow extends Broken {
    @Override
    Invariant broken() {
      return Invariant.FILTER_AGREES_WITH_CHECK;
    }

    @Override
    EngineUnderTest breaking(EngineUnderTest engine) {
      return new ForwardingEngine(engine) {
        @Override
        public Set<SubjectId> filter(Collection<SubjectId> subjects, Request template) {
          return super.filter(subjects, template.withInstant(null));
        }
      };
    }
  }

  /** A subject store that keeps no history: a new profile version replaces the first. */
  @Group
  @Tag("R7")
  @Tag("R12")
  class ProfilesWithoutHistory extends Broken {
    @Override
    Invariant broken() {
      return Invariant.NO_LOOK_AHEAD;
    }

    @Override
    EngineUnderTest breaking(EngineUnderTest engine) {
      Map<SubjectId, Instant> first = new HashMap<>();
      return new ForwardingEngine(engine) {
        @Override
        public void save(SubjectProfile profile, Instant validFrom) {
          super.save(profile, first.computeIfAbsent(profile.id(), id -> validFrom));
        }
      };
    }
  }
}
