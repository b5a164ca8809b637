"""Operations of the `verification` group: one module each."""
