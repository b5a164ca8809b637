"""Operations of the `oauth` group: one module each."""
