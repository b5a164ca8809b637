"""Operations of the `prefixes` group: one module each."""
