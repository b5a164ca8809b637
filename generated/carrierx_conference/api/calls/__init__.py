"""Operations of the `calls` group: one module each."""
