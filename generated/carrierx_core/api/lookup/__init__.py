"""Operations of the `lookup` group: one module each."""
