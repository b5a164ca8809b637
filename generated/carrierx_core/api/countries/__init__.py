"""Operations of the `countries` group: one module each."""
