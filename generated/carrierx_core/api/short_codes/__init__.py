"""Operations of the `short_codes` group: one module each."""
