## Items: CRE, Creating content and documents (prompts, options, regions, task categories)

# cre-001
item-cre-001-prompt = You want to take a photo. Which picture do you tap?
item-cre-001-opt-a = An envelope.
item-cre-001-opt-b = A phone handset.
item-cre-001-opt-c = A camera.

# cre-002
item-cre-002-prompt = The camera is ready to take photos. You want to record a video. Tap where you switch to video.
item-cre-002-region-shutter = The big round button at the bottom.
item-cre-002-region-video = The English word VIDEO above the big button.
item-cre-002-region-flip = The button with two round arrows, to turn the camera around.
item-cre-002-region-gallery = The small picture of your last photo.
item-cre-002-region-flash = The lightning button at the top.

# cre-003
item-cre-003-prompt = On most phones, you can cut the beginning of a video before you send it. True or false?

# cre-004
item-cre-004-prompt = You want to crop a photo so it shows only your document. Put the steps in order.
item-cre-004-opt-a = Tap Edit.
item-cre-004-opt-b = Tap Save.
item-cre-004-opt-c = Open the photo in your Gallery.
item-cre-004-opt-d = Tap Crop and move the corners.

# cre-005
item-cre-005-prompt = Take a photo of this practice letter, crop it so only the letter shows, and save it.
item-cre-005-cat-0 = Not done.
item-cre-005-cat-1 = Done after a hint.
item-cre-005-cat-2 = Done without help.

# cre-006
item-cre-006-prompt = Your résumé is ready in a word processor. The employer wants a PDF file. What do you do?
item-cre-006-opt-a = Use File, then Save as or Download, and choose PDF.
item-cre-006-opt-b = Take a screenshot of the résumé and send the picture.
item-cre-006-opt-c = Change the end of the file name to .pdf.

# cre-007
item-cre-007-prompt = You want to add a table to your document. Put the steps in order.
item-cre-007-opt-a = Click Table.
item-cre-007-opt-b = Click in the document where you want the table.
item-cre-007-opt-c = Choose 2 columns and 4 rows.
item-cre-007-opt-d = Click the Insert tab.

# cre-008
item-cre-008-prompt = You write your résumé in a word processor. You want all the section titles, like Experience and Education, to look the same, and to be able to change them all at once later. What is the best way?
item-cre-008-opt-a = Type each title in capital letters.
item-cre-008-opt-b = Make each title bold and bigger, one by one.
item-cre-008-opt-c = Apply the Heading 1 style to each title, then change the style.
item-cre-008-opt-d = Put each title in its own text box.

# cre-009
item-cre-009-prompt = In this spreadsheet, your costs for the month are in cells B2 to B8. Which formula gives the total?
item-cre-009-opt-a = =B8-B2
item-cre-009-opt-b = =B2+B8
item-cre-009-opt-c = =COUNT(B2:B8)
item-cre-009-opt-d = =SUM(B2:B8)

# cre-010
item-cre-010-prompt = Your costs are in cells B2 to B8 and the total is in B9. In C2 you want each cost's share of the total, and then you will copy the formula down to C8. Which formula do you type in C2?
item-cre-010-opt-a = =B2/$B$9
item-cre-010-opt-b = =B2/B9
item-cre-010-opt-c = =$B$2/B9
item-cre-010-opt-d = =B9/B2

# cre-011
item-cre-011-prompt = In this practice word processor, apply the Heading 1 style to the three section titles of the résumé, then download it as a PDF.
item-cre-011-cat-0 = Not done.
item-cre-011-cat-1 = Done after a hint.
item-cre-011-cat-2 = Done without help.

# cre-012
item-cre-012-prompt = Before you post a photo of other people online, you should ask them if it is OK. True or false?

# cre-013
item-cre-013-prompt = You sell cakes and you are making an online ad. You find a photo with a Creative Commons licence. Which licence lets you use the photo in your ad if you name the photographer?
item-cre-013-opt-a = CC BY-NC: Attribution, NonCommercial.
item-cre-013-opt-b = CC BY: Attribution.
item-cre-013-opt-c = CC BY-NC-ND: Attribution, NonCommercial, NoDerivatives.
item-cre-013-opt-d = CC BY-ND: Attribution, NoDerivatives, with your prices written on the photo.
