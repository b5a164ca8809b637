"""Operations of the `rating` group: one module each."""
