"""Operations of the `storage` group: one module each."""
