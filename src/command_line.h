// The precis command line: Boost.Program_options bound to precis::Options.
#ifndef PRECIS_SRC_COMMAND_LINE_H_
#define PRECIS_SRC_COMMAND_LINE_H_
#endif
