"""Operations of the `subscribers` group: one module each."""
