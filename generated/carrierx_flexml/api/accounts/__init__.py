"""Operations of the `accounts` group: one module each."""
