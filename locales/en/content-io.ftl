# Content limits, session files and answer input (en).
load-error-too-big = the file is too large or too deeply nested to read ({ $detail })
load-error-implausible = IRT parameter outside its plausible range ({ $detail })
cli-assess-opt-force = Replace the --save file even when it is not a saved session
assess-how-to-answer = Answer with the number of your choice, then press Enter. 0 = I don't know. q = stop (your answers are kept).
assess-saving-to = Your answers are saved in { $file }
assess-resume-hint = To go on later, run: nln assess --resume { $file }
assess-interrupted = The test was interrupted.
assess-type-number = Type one number from 1 to { $max }, or 0 if you don't know, then press Enter.
assess-type-order = Type the numbers from 1 to { $max } in the right order, with spaces between them (for example: 2 1 3), or 0 if you don't know.
error-not-regular-file = { $path } is not a regular file (it is a link, a folder, a pipe or a device), so it is not read or replaced.
error-file-too-large = { $path } is too large to read (limit in bytes: { $limit }).
error-too-many-files = { $path } holds too many files to read (limit: { $limit }).
error-not-a-session = { $path } already exists and is not a saved session of this test. Choose another file, or add --force to replace it.
error-session-in-use = { $path } is in use by another test that is running now.
error-no-saved-session = No saved session was found in { $path }.
