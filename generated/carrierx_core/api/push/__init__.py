"""Operations of the `push` group: one module each."""
