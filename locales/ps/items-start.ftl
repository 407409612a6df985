# Item messages: start question of the access questionnaire — تجربه (پښتو، ماشیني مسوده)

item-acc-101-prompt = نن سبا ټیلیفون یا کمپیوټر څنګه کاروئ؟
item-acc-101-opt-a = هېڅکله مې نه دی کارولی.
item-acc-101-opt-b = یوازې کله چې څوک راسره مرسته وکړي.
item-acc-101-opt-c = پخپله، د زنګ، پیغام او عکس لپاره.
item-acc-101-opt-d = پخپله، د ډېرو کارونو لپاره: برېښنالیک، فورمې، اپلیکیشنونه، انټرنېټ.

# The access-profile field the question fills (assessor reports).
access-field-experience = د وسیلو د کارولو تجربه
