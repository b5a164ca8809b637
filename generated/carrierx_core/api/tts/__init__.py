"""Operations of the `tts` group: one module each."""
