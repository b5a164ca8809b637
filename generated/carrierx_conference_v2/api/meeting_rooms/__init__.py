"""Operations of the `meeting_rooms` group: one module each."""
