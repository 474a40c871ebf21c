/* The only place in firstk that sees <curses.h>.
 * Defines the wide-character API before the include (SwiftPM drops pkg-config's -D flags)
 * and wraps, as small inline functions, the macros and variadic calls Swift cannot import. */
#ifndef FIRSTK_CNCURSESW_SHIM_H
#define FIRSTK_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#include <curses.h>
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <term.h>
#include <poll.h>
#include <signal.h>
#include <sys/signalfd.h>

extern int wcwidth(wchar_t c);

static inline int fk_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

static inline WINDOW *fk_stdscr(void) { return stdscr; }
static inline int fk_lines(void) { return LINES; }
static inline int fk_cols(void) { return COLS; }
static inline int fk_colors(void) { return COLORS; }
static inline int fk_color_pairs(void) { return COLOR_PAIRS; }
static inline void fk_set_escdelay(int ms) { set_escdelay(ms); }

static inline unsigned int fk_attr_bold(void) { return (unsigned int)A_BOLD; }
static inline unsigned int fk_attr_reverse(void) { return (unsigned int)A_REVERSE; }
static inline unsigned int fk_attr_underline(void) { return (unsigned int)A_UNDERLINE; }
static inline unsigned int fk_attr_dim(void) { return (unsigned int)A_DIM; }
static inline int fk_key_resize(void) { return KEY_RESIZE; }
static inline int fk_key_f(int n) { return KEY_F(n); }

/* Writes one cell: a base character (plus up to 4 combining marks) with attributes
 * and an extended colour pair. Returns ERR for the bottom-right cell although it is drawn. */
static inline int fk_put_cell(int y, int x, const wchar_t *text, unsigned int attrs, int pair) {
  cchar_t cell;
  if (setcchar(&cell, text, (attr_t)attrs, 0, &pair) == ERR) return ERR;
  return mvadd_wch(y, x, &cell);
}

static inline int fk_init_extended_pair(int pair, int fg, int bg) {
  return init_extended_pair(pair, fg, bg);
}

/* True when terminfo knows `term` and it can address the cursor; prints nothing. */
static inline int fk_terminal_usable(const char *term) {
  int status = 0;
  if (setupterm(term, -1, &status) != OK) return 0;
  char *cup = tigetstr("cup");
  int usable = cup != NULL && cup != (char *)-1;
  del_curterm(cur_term);
  return usable;
}

static inline int fk_key_code_yes(void) { return KEY_CODE_YES; }

static inline const char *fk_codeset(void) { return nl_langinfo(CODESET); }

#endif
