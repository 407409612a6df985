# Agency key roles: the admin-only problem and the option of `nln agency add`.
serve-problem-admin-only = Waxaa loo baahan yahay fure maamule
serve-problem-admin-only-detail = Kaliya furaha maamulaha hay'adda ayaa samayn kara tan (furayaasha, webhook, diiwaanka hubinta); kani waa fure diiwaangelin.
cli-agency-opt-role = Doorka furaha ugu horreeya ee hay'adda: admin (caadi; sidoo kale maamula furayaasha, webhook iyo diiwaanka hubinta) ama intake
