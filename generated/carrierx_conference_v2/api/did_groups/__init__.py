"""Operations of the `did_groups` group: one module each."""
