# Item messages: self-mode picture items for Foundation to NLN 2 (Kiswahili, machine-drafted)

item-dev-401-prompt = Gusa aikoni unayotumia kupiga picha.
item-dev-402-prompt = Gusa aikoni unayotumia kusoma na kutuma ujumbe mfupi.
item-dev-403-prompt = Unataka kubadilisha jinsi simu yako inavyofanya kazi, kwa mfano sauti au lugha. Gusa aikoni inayofungua mipangilio.
item-dev-404-prompt = Gusa kitufe unachobonyeza kuwasha au kuzima simu.
item-dev-405-prompt = Umeandika herufi isiyo sahihi. Gusa kitufe kinachoifuta.
item-dev-406-prompt = Unataka kusema ujumbe wako kwa sauti badala ya kuuandika. Gusa kitufe cha kufanya hivyo.
item-dev-407-prompt = Uko nyumbani na unataka kutumia Wi-Fi yako. Gusa kitufe kinachowasha au kuzima Wi-Fi.
item-dev-408-prompt = Ni giza na unahitaji mwanga. Gusa kitufe kinachowasha tochi ya simu.
item-com-401-prompt = Simu inalia, lakini huwezi kuongea sasa. Gusa mahali unapokataa simu.
item-com-402-prompt = Uko kwenye darasa la mtandaoni. Gusa kitufe kinachowasha au kuzima kamera yako.
item-com-403-prompt = Darasa la mtandaoni limekwisha. Gusa kitufe kinachokutoa darasani.
item-com-404-prompt = Huhitaji tena barua pepe hii. Gusa mahali unapoifuta.
item-cre-401-prompt = Kamera iko tayari. Gusa mahali unapopiga picha.
item-cre-402-prompt = Umepiga picha. Gusa mahali unapoona picha uliyopiga sasa hivi.
item-cre-403-prompt = Unataka kujipiga picha. Gusa kitufe kinachogeuza kamera.
item-inf-401-prompt = Umepotea. Gusa kitufe kinachoonyesha kwenye ramani mahali ulipo sasa.
item-inf-402-prompt = Umepata maktaba kwenye ramani. Gusa kitufe kinachokuonyesha njia ya kwenda huko.
