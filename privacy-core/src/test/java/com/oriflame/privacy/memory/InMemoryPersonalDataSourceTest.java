package com.oriflame.privacy.memory;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.spi.PersonalDataSource;
import com.oriflame.privacy.testing.PersonalDataSourceContract;
import java.util.List;

/** The in-memory reference source passes the PersonalDataSource contract. */
class InMemoryPersonalDataSourceTest extends PersonalDataSourceContract {
  @Override
  protected PersonalDataSource newSource() {
    return InMemoryPersonalDataSource.create("web-shop", Policies.oriflameKyrgyzstan2017(),
        List.of(CategoryId.of("contact"), CategoryId.of("commerce"), CategoryId.of("credential")));
  }

  @Override
  protected void put(PersonalDataSource source, SubjectId subject, CategoryId category, String field, String value) {
    ((InMemoryPersonalDataSource) source).put(subject, category, field, value);
  }
}
