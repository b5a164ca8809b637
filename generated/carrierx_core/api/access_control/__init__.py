"""Operations of the `access_control` group: one module each."""
