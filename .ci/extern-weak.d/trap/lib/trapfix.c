/* libtrapfix.so, in three builds that differ in what they define:
 *   new: trap_old (TRAP_1), trap_new and trap_also (TRAP_2);
 *   old: trap_old (TRAP_1) only: TRAP_2 does not exist;
 *   gap: trap_old (TRAP_1) and trap_also (TRAP_2): TRAP_2 exists, trap_new
 *        does not.
 * The version script of each build is trapfix-<build>.map. */
int trap_old(void) { return 1; }
#if defined(TRAPFIX_NEW)
int trap_new(void) { return 2; }
#endif
#if defined(TRAPFIX_NEW) || defined(TRAPFIX_GAP)
int trap_also(void) { return 3; }
#endif
