"""Operations of the `dids` group: one module each."""
