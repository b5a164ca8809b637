"""Operations of the `trunk_groups` group: one module each."""
