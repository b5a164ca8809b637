"""Operations of the `endpoints` group: one module each."""
