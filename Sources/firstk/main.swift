import FirstKApp
import Glibc

exit(FirstKMain.run(arguments: Array(CommandLine.arguments.dropFirst())))
