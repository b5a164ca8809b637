"""Operations of the `meetings` group: one module each."""
