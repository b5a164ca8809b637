"""Operations of the `did_classifications` group: one module each."""
