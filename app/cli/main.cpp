#include "CommandLineTool.h"

int main(int argc, char *argv[])
{
    return Koso::CommandLineTool::main(argc, argv);
}
